package vn.thidua.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The Party committee this installation serves: the organisation level is configuration, not code. */
@ConfigurationProperties("thidua.issuing-body")
public record IssuingBodyProperties(String name, String superiorBody, String symbol, String place) {
}

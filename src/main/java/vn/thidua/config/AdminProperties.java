package vn.thidua.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/** The administrator account; its password must come from the environment outside the demo profile. */
@Validated
@ConfigurationProperties("thidua.admin")
public record AdminProperties(
    @NotBlank(message = "Chưa đặt mật khẩu quản trị: đặt biến môi trường THIDUA_ADMIN_PASSWORD "
        + "(administrator password missing: set THIDUA_ADMIN_PASSWORD)")
    String password) {
}

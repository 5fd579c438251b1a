package vn.thidua.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The engine's REST API for programs: HTTP Basic on every request, never a browser's session. A page
 * of another site can then not act with a signed-in person's cookie, and since the answer to a
 * missing login asks for no Basic prompt, browsers never hold Basic credentials to replay either.
 * Tasklist reaches the engine through its own paths, behind Camunda's CSRF protection.
 */
@Configuration
class EngineApiSecurity {

  @Bean
  @Order(1)
  SecurityFilterChain engineRestFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
      throws Exception {
    return http
        .securityMatcher(AntPathRequestMatcher.antMatcher("/engine-rest/**"))
        .authenticationManager(authenticationManager)
        // the context lives for the request only: a session cookie authenticates nothing here
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(
            new SignInLimitEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))))
        .exceptionHandling(exceptions -> exceptions
            .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        // Basic only: a forged cross-site request carries no credentials to check a token against
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /** Runs after Camunda's authentication filters (order 0), on both roots of the engine API. */
  @Bean
  FilterRegistrationBean<EngineApiGuard> engineApiGuard(CurrentUser currentUser, TaskFormFields formFields,
      ObjectMapper json) {
    FilterRegistrationBean<EngineApiGuard> registration =
        new FilterRegistrationBean<>(new EngineApiGuard(currentUser, formFields, json));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(1);
    return registration;
  }
}

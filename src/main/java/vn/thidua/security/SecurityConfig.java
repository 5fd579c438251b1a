package vn.thidua.security;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security is the one gate: a login page for people, HTTP Basic for API clients. Camunda's
 * webapps and REST API trust the user it authenticated (container-based authentication).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

  private static final String CAMUNDA_LOGIN = "/camunda/api/admin/auth/user/*/login/*";
  private static final String CAMUNDA_LOGOUT = "/camunda/api/admin/auth/user/*/logout";

  @Bean
  AuthenticationManager authenticationManager(CamundaIdentityAuthenticationProvider provider) {
    return new ProviderManager(provider);
  }

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
      throws Exception {
    RequestMatcher apiRequests = new OrRequestMatcher(
        AntPathRequestMatcher.antMatcher("/api/**"),
        AntPathRequestMatcher.antMatcher("/engine-rest/**"),
        AntPathRequestMatcher.antMatcher("/camunda/api/**"));
    BasicAuthenticationEntryPoint basicEntryPoint = new BasicAuthenticationEntryPoint();
    basicEntryPoint.setRealmName("Thi dua");
    HttpSessionSecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    http
        .authenticationManager(authenticationManager)
        .securityContext(context -> context.securityContextRepository(contextRepository))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/login", "/login.html", "/assets/**", "/error", "/favicon.ico").permitAll()
            .requestMatchers(AntPathRequestMatcher.antMatcher(CAMUNDA_LOGIN)).permitAll()
            // the webapps' static files and their login screen load before anyone is signed in
            .requestMatchers("/camunda/app/*/styles/**", "/camunda/app/*/scripts/**", "/camunda/app/*/assets/**",
                "/camunda/app/*/locales/**", "/camunda/assets/**", "/camunda/lib/**", "/camunda/api/*/plugin/*/static/**")
            .permitAll()
            .anyRequest().authenticated())
        .formLogin(form -> form
            .loginPage("/login")
            .defaultSuccessUrl("/camunda/app/tasklist/", false)
            .failureUrl("/login?error"))
        .httpBasic(basic -> basic.authenticationEntryPoint(basicEntryPoint))
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(
                AntPathRequestMatcher.antMatcher("/logout"),
                AntPathRequestMatcher.antMatcher(org.springframework.http.HttpMethod.POST, CAMUNDA_LOGOUT)))
            .defaultLogoutSuccessHandlerFor(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK),
                AntPathRequestMatcher.antMatcher(CAMUNDA_LOGOUT))
            .logoutSuccessUrl("/login?logout"))
        .exceptionHandling(exceptions -> exceptions
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                AntPathRequestMatcher.antMatcher("/camunda/api/**"))
            .defaultAuthenticationEntryPointFor(basicEntryPoint, apiRequests)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                AntPathRequestMatcher.antMatcher("/**")))
        .csrf(csrf -> csrf
            // the webapps carry Camunda's own CSRF protection; Basic clients send no cookie to forge
            .ignoringRequestMatchers("/camunda/**", "/engine-rest/**")
            .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
        .addFilterBefore(new CamundaLoginBridgeFilter(CAMUNDA_LOGIN, authenticationManager, contextRepository),
            UsernamePasswordAuthenticationFilter.class);
    return http.build();
  }

  /** Camunda's webapps take the user from the servlet request that Spring Security authenticated. */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthenticationFilter() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(0);
    return registration;
  }

  /** /engine-rest runs as the authenticated user, so Camunda's authorizations apply to API clients too. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, ContainerBasedAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(0);
    return registration;
  }
}

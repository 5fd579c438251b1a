package vn.thidua.security;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.thidua.posting.PostingProperties;

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

  private static final RequestMatcher POSTING_OBJECTION =
      AntPathRequestMatcher.antMatcher(HttpMethod.POST, "/api/public/postings/*/objections");
  /** The public posting: its page, the two files of the app it shares, the lists, the issued decisions, objections. */
  private static final RequestMatcher PUBLIC_POSTING = new OrRequestMatcher(
      AntPathRequestMatcher.antMatcher(HttpMethod.GET, "/congkhai"),
      AntPathRequestMatcher.antMatcher(HttpMethod.GET, "/congkhai/**"),
      AntPathRequestMatcher.antMatcher(HttpMethod.GET, "/app/app.css"),
      AntPathRequestMatcher.antMatcher(HttpMethod.GET, "/app/app.js"),
      AntPathRequestMatcher.antMatcher(HttpMethod.GET, "/api/public/postings"),
      AntPathRequestMatcher.antMatcher(HttpMethod.GET, "/api/public/decisions"),
      POSTING_OBJECTION);

  @Bean
  AuthenticationManager authenticationManager(CamundaIdentityAuthenticationProvider provider) {
    return new ProviderManager(provider);
  }

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
      PostingProperties posting) throws Exception {
    // /engine-rest has a chain of its own (EngineApiSecurity)
    RequestMatcher apiRequests = new OrRequestMatcher(
        AntPathRequestMatcher.antMatcher("/api/**"),
        AntPathRequestMatcher.antMatcher("/camunda/api/**"));
    BasicAuthenticationEntryPoint basicEntryPoint = new BasicAuthenticationEntryPoint();
    basicEntryPoint.setRealmName("Thi dua");
    HttpSessionSecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();
    // thidua.posting.public: the posted list names Party members, so it is for signed-in users unless configured
    RequestMatcher openToEveryone = posting.publicAccess() ? PUBLIC_POSTING : request -> false;
    RequestMatcher objectionWithoutToken = posting.publicAccess() ? POSTING_OBJECTION : request -> false;

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
            .requestMatchers(openToEveryone).permitAll()
            .anyRequest().authenticated())
        .formLogin(form -> form
            .loginPage("/login")
            .defaultSuccessUrl("/camunda/app/tasklist/", false)
            .failureHandler(signInFailureHandler()))
        .httpBasic(basic -> basic.authenticationEntryPoint(new SignInLimitEntryPoint(basicEntryPoint)))
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(
                // POST with the CSRF token only: another site's link or image cannot sign anyone out
                AntPathRequestMatcher.antMatcher(HttpMethod.POST, "/logout"),
                AntPathRequestMatcher.antMatcher(HttpMethod.POST, CAMUNDA_LOGOUT)))
            .defaultLogoutSuccessHandlerFor(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK),
                AntPathRequestMatcher.antMatcher(CAMUNDA_LOGOUT))
            .logoutSuccessUrl("/login?logout"))
        .exceptionHandling(exceptions -> exceptions
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                AntPathRequestMatcher.antMatcher("/camunda/api/**"))
            .defaultAuthenticationEntryPointFor(basicEntryPoint, apiRequests)
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                AntPathRequestMatcher.antMatcher("/**"))
            .defaultAccessDeniedHandlerFor(new ApiAccessDenied(), AntPathRequestMatcher.antMatcher("/api/**")))
        .csrf(csrf -> csrf
            // the webapps carry Camunda's own CSRF protection; Basic clients send no cookie to forge
            .ignoringRequestMatchers("/camunda/**")
            .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null)
            // A public visitor has no session to hold a token. The objection needs no authority and uses no
            // identity (it is stored unsigned even from a signed-in browser), is rate-limited per address, and
            // is JSON only, which another site's page cannot send here without a CORS preflight this server
            // never grants. Signed-in-only installations keep the session token for it.
            .ignoringRequestMatchers(objectionWithoutToken))
        .addFilterBefore(new CamundaLoginBridgeFilter(CAMUNDA_LOGIN, authenticationManager, contextRepository),
            UsernamePasswordAuthenticationFilter.class);
    return http.build();
  }

  /** The login page says which: a wrong password, or an address refused for failing too often. */
  private static AuthenticationFailureHandler signInFailureHandler() {
    ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
    handler.setDefaultFailureUrl("/login?error");
    handler.setExceptionMappings(Map.of(TooManySignInFailures.class.getName(), "/login?blocked"));
    return handler;
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

package vn.thidua.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An endpoint's role ({@code @PreAuthorize} naming the bodies allowed) is checked before its request
 * body is read and validated, so a person without the role hears 403, not what their data lacks.
 * Method security still checks it again on the call itself; expressions that read the arguments are
 * left to it.
 */
@Configuration
class RolesBeforeRequestBody implements WebMvcConfigurer {

  private final PreAuthorizeAuthorizationManager roles = new PreAuthorizeAuthorizationManager();

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new HandlerInterceptor() {
      @Override
      public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
          checkRole(method);
        }
        return true;
      }
    });
  }

  private void checkRole(HandlerMethod method) {
    PreAuthorize role = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
    if (role == null || role.value().contains("#") || role.value().contains("@")) {
      return;
    }
    AuthorizationResult result = roles.authorize(SecurityContextHolder.getContext()::getAuthentication,
        new SimpleMethodInvocation(method.getBean(), method.getMethod()));
    if (result != null && !result.isGranted()) {
      throw new AccessDeniedException("Không có quyền");
    }
  }
}

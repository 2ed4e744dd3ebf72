package id.go.ntbprov.satudata.web.catalog.page;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** GETs of a public servlet without a server: a request and a response made of proxies. */
public final class ServletCalls {

  private ServletCalls() {}

  /**
   * An answer.
   *
   * @param status the status
   * @param headers the headers set
   * @param body the body
   */
  public record Answer(int status, Map<String, String> headers, byte[] body) {

    /** The body as text. */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** A GET of {@code http://localhost/} with this query string and these request headers. */
  public static Answer get(HttpServlet servlet, String query, Map<String, String> headers) {
    return get(servlet, null, query, headers);
  }

  /**
   * A GET of {@code http://localhost{servletPath}} (the servlet's mapped path, no path info) with
   * this query string and these request headers.
   */
  public static Answer get(
      HttpServlet servlet, String servletPath, String query, Map<String, String> headers) {
    Map<String, String[]> params = new LinkedHashMap<>();
    for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
      String[] kv = pair.split("=", 2);
      String k = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
      String v = URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8);
      String[] old = params.getOrDefault(k, new String[0]);
      String[] now = Arrays.copyOf(old, old.length + 1);
      now[old.length] = v;
      params.put(k, now);
    }
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                ServletCalls.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, a) ->
                    switch (method.getName()) {
                      case "getParameter" ->
                          params.containsKey((String) a[0]) ? params.get((String) a[0])[0] : null;
                      case "getParameterValues" -> params.get((String) a[0]);
                      case "getParameterMap" -> params;
                      case "getQueryString" -> query.isEmpty() ? null : query;
                      case "getHeader" -> headers.get((String) a[0]);
                      case "getScheme" -> "http";
                      case "getServerName" -> "localhost";
                      case "getServerPort" -> 80;
                      case "getContextPath" -> "";
                      case "getServletPath" -> servletPath;
                      case "getLocale" ->
                          headers.containsKey("Accept-Language")
                              ? Locale.forLanguageTag(headers.get("Accept-Language"))
                              : Locale.ROOT;
                      case "getMethod" -> "GET";
                      case "getDateHeader" -> -1L;
                      default -> null;
                    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ServletOutputStream stream =
        new ServletOutputStream() {
          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {}

          @Override
          public void write(int b) {
            out.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            out.write(b, off, len);
          }
        };
    int[] status = {200};
    Map<String, String> set = new LinkedHashMap<>();
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                ServletCalls.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, a) -> {
                  switch (method.getName()) {
                    case "getOutputStream" -> {
                      return stream;
                    }
                    case "setStatus" -> status[0] = (Integer) a[0];
                    case "setHeader" -> set.put((String) a[0], (String) a[1]);
                    case "setContentType" -> set.put("Content-Type", (String) a[0]);
                    default -> {}
                  }
                  return null;
                });
    try {
      servlet.service(request, response);
    } catch (ServletException | IOException e) {
      throw new IllegalStateException(e);
    }
    return new Answer(status[0], set, out.toByteArray());
  }
}

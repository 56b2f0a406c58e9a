/* willay API docs: Swagger UI (from the installed fastapi-offline package) over the
   OpenAPI document of this server. No inline script, nothing loaded from elsewhere. */
(function () {
  "use strict";
  function start() {
    if (!window.SwaggerUIBundle) {
      document.getElementById("api-docs-loading").textContent =
        "Swagger UI did not load: read the API description at /api/openapi.json.";
      return;
    }
    window.SwaggerUIBundle({
      url: "/api/openapi.json",
      dom_id: "#swagger-ui",
      validatorUrl: null,          // no badge fetched from a validator service
      deepLinking: true,
      tryItOutEnabled: false,
      onComplete: function () { document.body.setAttribute("data-loaded", "api-docs"); }
    });
  }
  document.addEventListener("DOMContentLoaded", start);
}());

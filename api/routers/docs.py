"""The API's documentation pages, `GET /docs` (Swagger UI) and `GET /redoc` (ReDoc), served from
this server alone.

FastAPI's own pages load Swagger UI and ReDoc from cdn.jsdelivr.net and a favicon from
fastapi.tiangolo.com; kg must work without internet, so the app is built with ``docs_url=None,
redoc_url=None`` and these routes point the same pages at the copies ``scripts/build-web.sh`` puts
in ``kg/web/static/vendor/`` (served by ``api.routers.web`` under ``/static/``). A
Content-Security-Policy keeps the pages from loading or sending anything elsewhere (ReDoc's sidebar
would show Redocly's logo from cdn.redoc.ly: the browser blocks it, and the image hides itself).
"""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse

VENDOR = "/static/vendor"
SWAGGER_JS = f"{VENDOR}/swagger-ui-bundle.js"
SWAGGER_CSS = f"{VENDOR}/swagger-ui.css"
REDOC_JS = f"{VENDOR}/redoc.standalone.js"
FAVICON = f"{VENDOR}/favicon-32x32.png"

#: this server only; the inline script is the page's Swagger UI set-up, ReDoc runs a worker from a blob
DOCS_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
DOCS_HEADERS = {"Content-Security-Policy": DOCS_CONTENT_SECURITY_POLICY, "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer"}

router = APIRouter(include_in_schema=False)


@router.get("/docs")
def swagger_ui(request: Request) -> HTMLResponse:
    app = request.app
    page = get_swagger_ui_html(
        openapi_url=app.openapi_url, title=f"{app.title} - Swagger UI", swagger_js_url=SWAGGER_JS,
        swagger_css_url=SWAGGER_CSS, swagger_favicon_url=FAVICON,
        # validatorUrl None: Swagger UI would otherwise send the schema to validator.swagger.io
        swagger_ui_parameters={"validatorUrl": None})
    page.headers.update(DOCS_HEADERS)
    return page


@router.get("/redoc")
def redoc(request: Request) -> HTMLResponse:
    app = request.app
    page = get_redoc_html(openapi_url=app.openapi_url, title=f"{app.title} - ReDoc", redoc_js_url=REDOC_JS,
                          redoc_favicon_url=FAVICON, with_google_fonts=False)
    page.headers.update(DOCS_HEADERS)
    return page

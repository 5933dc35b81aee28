"""The HTTP API (FastAPI, OpenAPI at ``/docs``) and the web page it serves."""

from eventwire.api.app import create_app
from eventwire.api.settings import ServeSettings, load_settings

__all__ = ["ServeSettings", "create_app", "load_settings"]

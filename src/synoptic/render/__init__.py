"""Render: `Brief` → Markdown (terminal), JSON (documented schema) or one HTML page.

Every format numbers the sources the same way (`number_sources`), so ``[2]``
means the same article in all three.
"""

from __future__ import annotations

from collections.abc import Callable

from synoptic.errors import ConfigError
from synoptic.model import Brief
from synoptic.render.html import render_html
from synoptic.render.json import brief_to_dict, render_json
from synoptic.render.markdown import render_markdown

__all__ = ["brief_to_dict", "render", "render_html", "render_json", "render_markdown"]

RENDERERS: dict[str, Callable[..., str]] = {
    "markdown": render_markdown,
    "json": render_json,
    "html": render_html,
}


def render(brief: Brief, fmt: str = "markdown", *, explain: bool = False) -> str:
    """Render a brief in the named format (``markdown``, ``json`` or ``html``).

    Raises:
        ConfigError: No renderer has that name.
    """
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ConfigError(f"unknown format {fmt!r}; choose one of {', '.join(RENDERERS)}") from None
    return renderer(brief, explain=explain)

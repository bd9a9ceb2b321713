"""Render: `Brief` → Markdown, JSON or a self-contained HTML page. (owner: lead engineer)"""

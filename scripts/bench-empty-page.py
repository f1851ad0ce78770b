#!/usr/bin/python3
"""Baseline for `make bench-app`: the smallest WebKitGTK program, one window the studio's size
showing one line of text, on the same WebKitGTK and display. What it costs to start and to keep
idle is the floor under the studio's own figures; the benchmark prints both side by side.

Signals "drawn" the way the studio does (two animation frames after the content is in the page)
by writing the milliseconds since it started to the file named by JOURNEY_STUDIO_READY_FILE.
"""
import os
import time

STARTED = time.monotonic()

import gi  # noqa: E402  (imported after the clock starts: loading the bindings is part of start-up)

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

PAGE = """<!doctype html><meta charset="utf-8"><title>loading</title>
<p>Empty page</p>
<script>requestAnimationFrame(() => requestAnimationFrame(() => { document.title = "drawn"; }));</script>"""


def drawn(view, _param):
    if view.get_title() == "drawn":
        with open(os.environ["JOURNEY_STUDIO_READY_FILE"], "w") as f:
            f.write(f"{(time.monotonic() - STARTED) * 1000:.1f}")


window = Gtk.Window(title="Empty page")
window.set_default_size(1366, 820)
view = WebKit2.WebView()
view.connect("notify::title", drawn)
window.add(view)
window.connect("destroy", Gtk.main_quit)
view.load_html(PAGE, "about:blank")
window.show_all()
GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, 15, Gtk.main_quit)
Gtk.main()

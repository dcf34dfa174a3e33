"""The way through a registration: checklist, progress, the filing flow, the
timeline, linked fields and the recommendations."""

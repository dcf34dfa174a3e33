"""Qt widgets. Thin: every rule and every derived value comes from mpreg_desktop.domain."""

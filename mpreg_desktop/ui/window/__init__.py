"""The case window: menus, file commands, header, banner, start page, reminders."""

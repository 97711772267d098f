"""The Qt user interface: main window, tabs, table models and dialogs. Calls services only."""

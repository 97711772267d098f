"""The parts of the import dialog (`soest_desk.ui.import_dialog.ImportDialog`): the Qt-free
gateway to the import services, the progress line, the preview with the column mapping,
and the check result."""

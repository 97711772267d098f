"""The Administration's dialogs: users, roles and facility assignments."""

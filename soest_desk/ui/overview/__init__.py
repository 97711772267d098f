"""The Übersicht tab: occupancy, tickets am Zug and moves into own tenancy at a glance."""

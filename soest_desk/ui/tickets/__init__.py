"""The Mängel tab: queues and filters over the tickets list, the detail pane, the dialogs of
the workflow steps and the new-ticket dialog. Everything reaches the database through
`gateway.TicketGateway` (plain service calls, one short session each)."""

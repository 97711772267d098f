"""People and places in the window: the allocation assistant, moves, occupancy."""

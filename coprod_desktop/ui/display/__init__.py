"""The room display: what everyone in the room reads, full screen on the projector; never scrolls."""

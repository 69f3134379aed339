"""The coordinating body's receiver."""

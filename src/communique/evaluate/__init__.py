"""evaluate: scoring communique against gold annotations (PLOVER records, attribution standoff)."""

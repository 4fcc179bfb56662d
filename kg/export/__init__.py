"""Writers: JSONL relations (the format ../shared/eval/score.py reads), Turtle, GraphML, pictures."""

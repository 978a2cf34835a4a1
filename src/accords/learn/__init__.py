"""Learned decisions over rule-proposed mentions: is this a real agreement (event) mention?

The rules in extract/ propose candidates generously (lenient mode) and describe each with
features (features.py); a logistic regression trained on the annotated articles of
../shared/gold/train.json (train.py) decides which to keep (model.py). The fitted weights are
committed as JSON in data/models/ and applied with numpy alone: nothing is fitted at run time.
"""

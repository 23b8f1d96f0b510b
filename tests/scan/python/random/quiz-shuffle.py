from random import shuffle

def build_quiz(questions):
    picked = list(questions)
    shuffle(picked)  # expect: CWE-330
    return picked[:10]

import random
import unittest


class ShuffleTest(unittest.TestCase):
    def setUp(self):
        random.seed(1234)  # ok: CWE-330

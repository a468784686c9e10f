"""Made-up comment text for the readers' test files (Tools/*_fixtures.py): words in several
scripts, quotes, apostrophes and a semicolon, drawn from one seeded generator so a file is
written the same way each time. No rows of ../shared."""
import random

rng = random.Random(20261201)
WORDS = ("the ferry schedule changes every spring and nobody reads the notice council "
         "budget fares commuters bridge harbour vote mayor idiot résumé naïve Zürich 東京 "
         "مرحبا 🙂 \"quoted\" it's semi;colon").split()

def sentence(n):
    return " ".join(rng.choice(WORDS) for _ in range(n))

import { corpus } from "./index";
import { scoreCorpus } from "./scorer";

/** `npm run corpus`: recall and precision on this corpus (see scorer.ts); prints, never fails on the score. */
test("corpus score (prints; does not assert)", () => scoreCorpus(corpus));

import { corpus2 } from "./index";
import { assertCorpus } from "../corpus/assert-corpus";

/** The second, independently written corpus (README.md here) as a test; `npm run corpus2` prints the figures. */
assertCorpus("the holdout corpus of real-shaped budgets", corpus2);

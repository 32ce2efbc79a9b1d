import fs from 'node:fs';
import path from 'node:path';
import { parseModel } from './model-file.js';
import { predict, type Prediction, type SentimentModel } from './model.js';

/**
 * The model committed with the code. tsc copies no JSON to dist, so the path climbs to the server
 * folder and back into src: the same file whether this runs from src (tests) or dist (the CLI).
 */
export const COMMITTED_MODEL_FILE = path.resolve(import.meta.dirname, '../../../../src/modules/monitoring/sentiment/model/sentiment-model.json');

let active: SentimentModel | undefined;

/** Reads a model file and makes it the one classify() uses, e.g. one retrained with staff corrections. */
export function loadModel(file: string = COMMITTED_MODEL_FILE): SentimentModel {
  active = parseModel(fs.readFileSync(file, 'utf8'));
  return active;
}

/** Sentiment of one text with the active model, loading the committed one on first use. */
export function classify(text: string): Prediction {
  return predict(active ?? loadModel(), text);
}

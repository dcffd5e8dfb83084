import { runJourneyFixture } from './harness';

runJourneyFixture('price-mismatch');

import { runJourneyFixture } from './harness';

runJourneyFixture('inconsistent-contact');

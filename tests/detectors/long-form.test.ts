import { runFixture } from './harness';

runFixture('long-form');

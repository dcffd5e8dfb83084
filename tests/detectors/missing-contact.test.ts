import { runFixture } from './harness';

runFixture('missing-contact');

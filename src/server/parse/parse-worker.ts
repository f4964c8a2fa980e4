/** A parse worker process: runs one job at a time for the pool and answers with its result or its failure. */
import { type JobLimits, type ParseJob, runParseJob, toFailure } from './parse-jobs.ts';

const limits = JSON.parse(process.argv[2] ?? '{}') as JobLimits;

process.on('message', (message: { id: number; job: ParseJob }) => {
  runParseJob(message.job, limits).then(
    (result) => process.send?.({ id: message.id, result }),
    (err: unknown) => process.send?.({ id: message.id, failure: toFailure(err) }),
  );
});
// The server going away (its IPC channel closing) ends the worker too.
process.on('disconnect', () => process.exit(0));
process.send?.({ ready: true });

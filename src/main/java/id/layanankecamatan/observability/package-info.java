/**
 * What an operator watches (README: Observability): the job executor's part of readiness, the meters of
 * submission, letter issue and mail delivery, the backlogs of outbox and jobs, and the engine's own counters.
 * Tags name at most the service code: never a NIK, a name or a registration number.
 */
package id.layanankecamatan.observability;

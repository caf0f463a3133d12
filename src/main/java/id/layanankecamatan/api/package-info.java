/**
 * What every JSON API under {@code /api/**} shares: the {@link id.layanankecamatan.api.ApiController} marker, the
 * refusals services throw ({@link id.layanankecamatan.api.ApiProblem} and its few kinds, with
 * {@link id.layanankecamatan.api.FieldProblem}) and the one advice that answers them as application/problem+json.
 * Feature packages depend on it; it depends on none of them except for the citizen upload's limits.
 */
package id.layanankecamatan.api;

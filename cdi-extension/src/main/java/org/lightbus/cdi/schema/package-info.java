/**
 * Internal: the JSON Schema (draft 2020-12) of what travels on the bus, generated from the Java types, and the checks
 * built on it; free of CDI and broker types. Not an API; may change without notice. The rules are in
 * {@code docs/contracts.md}.
 *
 * <ul>
 * <li>{@link org.lightbus.cdi.schema.SchemaGenerator} makes the schema of an event, of a procedure's arguments or
 * result, and the {@link org.lightbus.cdi.schema.ApiSchema contract document} of an API, with a version that depends on
 * the schemas only.</li>
 * <li>{@link org.lightbus.cdi.schema.CompiledSchema} validates JSON against a schema, listing each
 * {@link org.lightbus.cdi.schema.Violation} with its path.</li>
 * <li>{@link org.lightbus.cdi.schema.SchemaCompatibility} lists what a reader of one contract would fail to read among
 * the values of another.</li>
 * </ul>
 *
 * <pre>
 * SchemaGenerator generator = new SchemaGenerator();
 * ApiSchema local = generator.api("auth", events, apiType);
 * ApiSchema published = ApiSchema.parse(bytesFromTheBus);
 * List&lt;Incompatibility&gt; problems = SchemaCompatibility.check(published.event("user_signed_up").orElseThrow(),
 *         local.event("user_signed_up").orElseThrow());
 * CompiledSchema schema = CompiledSchema.compile(local.event("user_signed_up").orElseThrow());
 * List&lt;Violation&gt; violations = schema.validate(objectMapper.readTree(body));
 * </pre>
 */
package org.lightbus.cdi.schema;

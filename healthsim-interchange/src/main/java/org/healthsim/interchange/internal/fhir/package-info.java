/**
 * The FHIR R4 Bulk Data writer (internal): each entity's profile and timeline as US Core 6.1 and
 * CARIN Blue Button resources, written with the project's JSON writer, one NDJSON file per resource
 * type. docs/interchange.md says which record becomes which resource.
 */
package org.healthsim.interchange.internal.fhir;

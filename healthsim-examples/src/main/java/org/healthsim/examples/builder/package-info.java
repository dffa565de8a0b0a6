/**
 * The profile builder behind {@code healthsim new}: {@link
 * org.healthsim.examples.builder.DescriptionReader} reads a short description with the vocabulary
 * in {@code vocabulary.json}, {@link org.healthsim.examples.builder.SpecBuilder} asks the {@link
 * org.healthsim.examples.builder.Question}s it leaves open and writes the profile spec. See
 * docs/new.md.
 */
package org.healthsim.examples.builder;

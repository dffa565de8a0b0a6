/**
 * The condition-expression language of conditional distributions and {@code when} clauses: {@code
 * severity == 'uncontrolled'}, {@code age >= 65 and gender == 'F'}, {@code has_condition('E11')},
 * {@code not (state in ['TX','CA'])}. Expressions are parsed once into a tree and evaluated against
 * an {@link org.healthsim.core.expression.EvaluationContext}; nothing is substituted into text and
 * nothing is reflected on.
 */
package org.healthsim.core.expression;

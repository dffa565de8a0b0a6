package org.healthsim.core.seed;

/**
 * An attribute path with its hash computed once, for code that derives the same attribute's seed
 * for many entities: {@code key.seed(entitySeed)} equals {@code
 * SeedHierarchy.attributeSeed(entitySeed, path)}.
 *
 * @param path the attribute's place in the spec, such as {@code demographics.age}
 * @param hash {@code Seeds.hash(path)}
 */
public record AttributeKey(String path, long hash) {

  /** The key for {@code path}. */
  public static AttributeKey of(String path) {
    return new AttributeKey(path, Seeds.hash(path));
  }

  /** The seed of this attribute for the entity whose seed is {@code entitySeed}. */
  public long seed(long entitySeed) {
    return Seeds.mix(entitySeed, hash);
  }
}

package vn.thidua.organization;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a body by its Camunda group id, so the column reads the same as the group. */
@Converter
class BodyConverter implements AttributeConverter<Body, String> {

  @Override
  public String convertToDatabaseColumn(Body body) {
    return body == null ? null : body.groupId();
  }

  @Override
  public Body convertToEntityAttribute(String groupId) {
    return groupId == null ? null
        : Body.fromGroupId(groupId).orElseThrow(() -> new IllegalStateException("Unknown body group " + groupId));
  }
}

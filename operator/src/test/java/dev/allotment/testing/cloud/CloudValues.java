package dev.allotment.testing.cloud;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.List;
import java.util.Map;

/** Pulumi property values as the provider protocol carries them: protobuf Structs and Values. */
public final class CloudValues {

  public static final Value NULL = Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();

  private CloudValues() {}

  public static Value string(String value) {
    return Value.newBuilder().setStringValue(value).build();
  }

  public static Value number(double value) {
    return Value.newBuilder().setNumberValue(value).build();
  }

  public static Value list(List<Value> values) {
    return Value.newBuilder().setListValue(ListValue.newBuilder().addAllValues(values)).build();
  }

  public static Value object(Map<String, Value> fields) {
    return Value.newBuilder().setStructValue(Struct.newBuilder().putAllFields(fields)).build();
  }

  /** A top-level string property, or "" when absent or not a string. */
  public static String string(Struct struct, String property) {
    Value value = struct.getFieldsOrDefault(property, NULL);
    return value.hasStringValue() ? value.getStringValue() : "";
  }
}

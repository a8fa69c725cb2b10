package dev.allotment.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.lib.jse.JsePlatform;

/**
 * Runs an Argo CD resource health script the way Argo CD does: the live object as the global {@code
 * obj}, the returned table's {@code status} and {@code message} as the health. Argo CD uses
 * gopher-lua (Lua 5.1) and hands numbers over as floats; luaj is close enough for scripts that keep
 * to the common subset.
 */
final class ArgoHealthScript {

  record Health(String status, String message) {}

  private final String script;

  ArgoHealthScript(String script) {
    this.script = script;
  }

  Health evaluate(JsonNode object) {
    Globals globals = JsePlatform.standardGlobals();
    globals.set("obj", toLua(object));
    LuaValue result = globals.load(script, "health.lua").call();
    if (!result.istable()) {
      throw new AssertionError("the health script returned " + result.typename() + ", not a table");
    }
    return new Health(result.get("status").optjstring(null), result.get("message").optjstring(""));
  }

  private static LuaValue toLua(JsonNode node) {
    if (node.isObject()) {
      LuaTable table = new LuaTable();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        table.set(field.getKey(), toLua(field.getValue()));
      }
      return table;
    }
    if (node.isArray()) {
      LuaTable table = new LuaTable();
      for (int i = 0; i < node.size(); i++) {
        table.set(i + 1, toLua(node.get(i)));
      }
      return table;
    }
    if (node.isNumber()) {
      return LuaValue.valueOf(node.asDouble());
    }
    if (node.isBoolean()) {
      return LuaValue.valueOf(node.asBoolean());
    }
    if (node.isTextual()) {
      return LuaValue.valueOf(node.asText());
    }
    return LuaValue.NIL;
  }
}

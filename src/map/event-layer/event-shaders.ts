/**
 * GLSL (WebGL2) of the event marks: one point sprite per mark. The vertex shader hides the
 * marks of a run that ended before the view (or fail the filters) and fades the past ones;
 * the fragment shader draws a disc with a contrasting outline, hollow when the position is a
 * stand-in (approximate). Time is compared as two 32-bit halves, so the test is exact to the
 * millisecond however long the dataset is. Also how the two are compiled and linked.
 */

/** Attribute locations, shared by the layer's vertex array setup. */
export const ATTRIBUTES = { position: 0, end: 1, style: 2, mask: 3 } as const;

/** How many kind colour slots the shader holds: the four low bits of a mark's style. */
export const KIND_SLOT_COUNT = 16;

/** Highlight passes: the hovered event's marks, then the selected event's, on top. */
export const HIGHLIGHT_NONE = 0;
export const HIGHLIGHT_HOVERED = 1;
export const HIGHLIGHT_SELECTED = 2;

/** Mark diameters in CSS pixels. */
export const MARK_SIZE = { current: 16, past: 10, hovered: 22, selected: 24 } as const;

export const VERTEX_SHADER = `#version 300 es
precision highp float;
precision highp int;

uniform mat4 u_matrix;
uniform uvec2 u_from;
uniform uvec2 u_cursor;
uniform float u_fade_ms;
uniform float u_pixel_ratio;
uniform int u_highlight;
uniform vec3 u_kind_colors[${KIND_SLOT_COUNT}];

layout(location = ${ATTRIBUTES.position}) in vec2 a_position;
layout(location = ${ATTRIBUTES.end}) in uvec2 a_end;
layout(location = ${ATTRIBUTES.style}) in uint a_style;
layout(location = ${ATTRIBUTES.mask}) in uint a_mask;

out vec3 v_color;
out float v_alpha;
out float v_size;
out float v_hollow;

bool after(uvec2 a, uvec2 b) {
  return a.x > b.x || (a.x == b.x && a.y > b.y);
}

void main() {
  if (a_mask == 0u || !after(a_end, u_from)) {
    // Outside the clip volume: the point is dropped before rasterisation.
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  float alpha = 1.0;
  float size = ${MARK_SIZE.current.toFixed(1)};
  if (!after(a_end, u_cursor)) {
    float ageMs = float(int(u_cursor.x) - int(a_end.x)) * 4294967296.0 + (float(u_cursor.y) - float(a_end.y));
    alpha = mix(0.72, 0.24, clamp(ageMs / u_fade_ms, 0.0, 1.0));
    size = ${MARK_SIZE.past.toFixed(1)};
  }
  if (u_highlight == ${HIGHLIGHT_HOVERED}) {
    alpha = 1.0;
    size = ${MARK_SIZE.hovered.toFixed(1)};
  } else if (u_highlight == ${HIGHLIGHT_SELECTED}) {
    alpha = 1.0;
    size = ${MARK_SIZE.selected.toFixed(1)};
  }
  v_color = u_kind_colors[min(int(a_style & 15u), ${KIND_SLOT_COUNT - 1})];
  v_alpha = alpha;
  v_size = size * u_pixel_ratio;
  v_hollow = (a_style & 16u) != 0u ? 1.0 : 0.0;
  gl_Position = u_matrix * vec4(a_position, 0.0, 1.0);
  gl_PointSize = v_size;
}
`;

export const FRAGMENT_SHADER = `#version 300 es
precision highp float;
precision highp int;

uniform float u_pixel_ratio;
uniform int u_highlight;
uniform vec3 u_outline;
uniform vec3 u_highlight_color;

in vec3 v_color;
in float v_alpha;
in float v_size;
in float v_hollow;

out vec4 fragColor;

void main() {
  float d = length(gl_PointCoord - 0.5) * v_size;
  float outer = 0.5 * v_size;
  float aa = u_pixel_ratio;
  float disc = 1.0 - smoothstep(outer - aa, outer, d);
  if (disc <= 0.0) discard;

  float outlineWidth = (u_highlight > 0 ? 3.0 : 1.5) * u_pixel_ratio;
  vec3 outlineColor = u_highlight > 0 ? u_highlight_color : u_outline;
  float body = outer - outlineWidth;
  float inBody = 1.0 - smoothstep(body - aa, body, d);

  // A hollow mark keeps a coloured rim and lets the map show through its middle.
  float rim = max(3.0 * u_pixel_ratio, 0.34 * body);
  float inHole = v_hollow * (1.0 - smoothstep(body - rim - aa, body - rim, d));
  float bodyAlpha = mix(1.0, 0.2, inHole);

  vec3 rgb = mix(outlineColor, v_color, inBody);
  float a = mix(0.9, bodyAlpha, inBody) * disc * v_alpha;
  // MapLibre blends custom layers as premultiplied alpha.
  fragColor = vec4(rgb * a, a);
}
`;

/** Compiles and links a WebGL2 program, saying which stage failed (unless the context is lost). */
export function linkProgram(gl: WebGL2RenderingContext, vertexSource: string, fragmentSource: string): WebGLProgram {
  const compile = (type: number, source: string): WebGLShader => {
    const shader = gl.createShader(type)!;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS) && !gl.isContextLost()) {
      throw new Error(`event layer shader: ${gl.getShaderInfoLog(shader) ?? 'does not compile'}`);
    }
    return shader;
  };
  const program = gl.createProgram();
  const vertex = compile(gl.VERTEX_SHADER, vertexSource);
  const fragment = compile(gl.FRAGMENT_SHADER, fragmentSource);
  gl.attachShader(program, vertex);
  gl.attachShader(program, fragment);
  gl.linkProgram(program);
  gl.deleteShader(vertex);
  gl.deleteShader(fragment);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS) && !gl.isContextLost()) {
    throw new Error(`event layer program: ${gl.getProgramInfoLog(program) ?? 'does not link'}`);
  }
  return program;
}

/**
 * The event marks as a MapLibre custom layer (WebGL2). Per dataset, every mark is uploaded
 * once, in the order of `event-marks.ts`; per filter change, one byte per mark. A time step
 * only moves the view: a few uniforms and, per duration tier, one `drawArrays(first, count)`
 * of the contiguous run the view needs, so a step uploads nothing and sends nothing to
 * MapLibre's workers. Custom layers are invisible to `queryRenderedFeatures`: picking is done
 * on the CPU against the same runs (see `pick-event-mark.ts`).
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MaplibreMap } from 'maplibre-gl';
import type { EventMask } from '../../store/queries';
import { PALETTES, type Theme } from '../style/palette';
import type { EventMarks } from './event-marks';
import {
  ATTRIBUTES,
  FRAGMENT_SHADER,
  HIGHLIGHT_HOVERED,
  HIGHLIGHT_NONE,
  HIGHLIGHT_SELECTED,
  KIND_SLOT_COUNT,
  linkProgram,
  VERTEX_SHADER,
} from './event-shaders';
import { hexToUnitRgb } from './kind-palette';
import { drawRuns, forEachDrawnMark, markState, HIDDEN, PAST, type DrawRuns } from './mark-ranges';
import type { MarkView } from './mark-view';
import { markOrigins, packMask, packVertices, splitTime, STRIDE, type MarkOrigins } from './mark-buffers';

export const EVENT_LAYER_ID = 'cm-event-marks';

/** What the layer drew in its last frame, for tests, the benchmark and debugging. */
export interface EventLayerDebug {
  marks: number;
  /** Per duration tier: the run given to the GPU. */
  runs: { first: number; count: number }[];
  /** Vertices given to the GPU (sum of the runs). */
  submitted: number;
  /** Marks actually drawn (in a run, inside the view, passing the filters), and of those past. */
  visible: number;
  past: number;
  /** Bytes this layer has uploaded to the GPU since it was created. */
  uploadedBytes: number;
  /** Frames this layer has drawn. */
  frames: number;
}

interface Uniforms {
  matrix: WebGLUniformLocation | null;
  from: WebGLUniformLocation | null;
  cursor: WebGLUniformLocation | null;
  fadeMs: WebGLUniformLocation | null;
  pixelRatio: WebGLUniformLocation | null;
  highlight: WebGLUniformLocation | null;
  kindColors: WebGLUniformLocation | null;
  outline: WebGLUniformLocation | null;
  highlightColor: WebGLUniformLocation | null;
}

interface GlResources {
  gl: WebGL2RenderingContext;
  program: WebGLProgram;
  vao: WebGLVertexArrayObject;
  vertices: WebGLBuffer;
  mask: WebGLBuffer;
  uniforms: Uniforms;
}

export class EventLayer implements CustomLayerInterface {
  readonly id = EVENT_LAYER_ID;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;

  private map: MaplibreMap | null = null;
  private resources: GlResources | null = null;
  private marks: EventMarks | null = null;
  private view: MarkView | null = null;
  private runs: DrawRuns | null = null;
  private mask: EventMask = null;
  private selectedEvent = -1;
  private hoveredEvent = -1;
  private theme: Theme;
  private verticesDirty = false;
  private maskDirty = false;
  /** What the stored positions and times are relative to (`markOrigins`). */
  private origins: MarkOrigins = { x: 0, y: 0, ms: 0 };
  private uploadedBytes = 0;
  private frames = 0;
  private readonly kindColors = new Float32Array(KIND_SLOT_COUNT * 3);
  private readonly matrix = new Float32Array(16);

  constructor(theme: Theme) {
    this.theme = theme;
  }

  /** The marks of a new dataset (null: none). Uploaded at the next frame. */
  setMarks(marks: EventMarks | null): void {
    this.marks = marks;
    this.kindColors.fill(0);
    marks?.slotColors.slice(0, KIND_SLOT_COUNT).forEach((hex, slot) => this.kindColors.set(hexToUnitRgb(hex), slot * 3));
    this.origins = markOrigins(marks);
    this.runs = marks && this.view ? drawRuns(marks, this.view) : null;
    this.verticesDirty = true;
    this.maskDirty = true;
    this.repaint();
  }

  getMarks(): EventMarks | null {
    return this.marks;
  }

  /** Moves the view: two binary searches per tier, no upload. */
  setView(view: MarkView): void {
    const previous = this.view;
    if (previous && previous.from === view.from && previous.to === view.to && previous.cursor === view.cursor && previous.fadeMs === view.fadeMs) return;
    this.view = view;
    this.runs = this.marks ? drawRuns(this.marks, view) : null;
    this.repaint();
  }

  getView(): MarkView | null {
    return this.view;
  }

  getRuns(): DrawRuns | null {
    return this.runs;
  }

  /** The store's per-event filter mask; a new mask costs one byte per mark of upload. */
  setMask(mask: EventMask): void {
    if (mask === this.mask) return;
    this.mask = mask;
    this.maskDirty = true;
    this.repaint();
  }

  getMask(): EventMask {
    return this.mask;
  }

  /** Event ordinals drawn highlighted (-1: none). */
  setHighlight(selectedEvent: number, hoveredEvent: number): void {
    if (selectedEvent === this.selectedEvent && hoveredEvent === this.hoveredEvent) return;
    this.selectedEvent = selectedEvent;
    this.hoveredEvent = hoveredEvent;
    this.repaint();
  }

  getHighlight(): { selected: number; hovered: number } {
    return { selected: this.selectedEvent, hovered: this.hoveredEvent };
  }

  setTheme(theme: Theme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    this.repaint();
  }

  /** What the last view draws, counted on the CPU with the shader's own test. */
  debug(): EventLayerDebug {
    const runs: { first: number; count: number }[] = [];
    let visible = 0;
    let past = 0;
    if (this.marks && this.runs && this.view) {
      for (let t = 0; t < this.runs.first.length; t++) runs.push({ first: this.runs.first[t]!, count: this.runs.count[t]! });
      forEachDrawnMark(this.marks, this.runs, this.view, this.mask, (_m, state) => {
        visible++;
        if (state === PAST) past++;
      });
    }
    return { marks: this.marks?.count ?? 0, runs, submitted: this.runs?.submitted ?? 0, visible, past, uploadedBytes: this.uploadedBytes, frames: this.frames };
  }

  /** Event ordinals with at least one drawn mark, ascending. */
  visibleEvents(): number[] {
    const { marks, runs, view } = this;
    if (!marks || !runs || !view) return [];
    const seen = new Set<number>();
    forEachDrawnMark(marks, runs, view, this.mask, (m) => void seen.add(marks.event[m]!));
    return [...seen].sort((a, b) => a - b);
  }

  onAdd(map: MaplibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    const program = linkProgram(gl, VERTEX_SHADER, FRAGMENT_SHADER);
    const vao = gl.createVertexArray();
    const vertices = gl.createBuffer();
    const mask = gl.createBuffer();
    const uniform = (name: string) => gl.getUniformLocation(program, name);
    this.resources = {
      gl,
      program,
      vao,
      vertices,
      mask,
      uniforms: {
        matrix: uniform('u_matrix'),
        from: uniform('u_from'),
        cursor: uniform('u_cursor'),
        fadeMs: uniform('u_fade_ms'),
        pixelRatio: uniform('u_pixel_ratio'),
        highlight: uniform('u_highlight'),
        kindColors: uniform('u_kind_colors'),
        outline: uniform('u_outline'),
        highlightColor: uniform('u_highlight_color'),
      },
    };
    gl.bindVertexArray(vao);
    gl.bindBuffer(gl.ARRAY_BUFFER, vertices);
    gl.enableVertexAttribArray(ATTRIBUTES.position);
    gl.vertexAttribPointer(ATTRIBUTES.position, 2, gl.FLOAT, false, STRIDE, 0);
    gl.enableVertexAttribArray(ATTRIBUTES.end);
    gl.vertexAttribIPointer(ATTRIBUTES.end, 2, gl.UNSIGNED_INT, STRIDE, 8);
    gl.enableVertexAttribArray(ATTRIBUTES.style);
    gl.vertexAttribIPointer(ATTRIBUTES.style, 1, gl.UNSIGNED_BYTE, STRIDE, 16);
    gl.bindBuffer(gl.ARRAY_BUFFER, mask);
    gl.enableVertexAttribArray(ATTRIBUTES.mask);
    gl.vertexAttribIPointer(ATTRIBUTES.mask, 1, gl.UNSIGNED_BYTE, 1, 0);
    gl.bindVertexArray(null);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    // A new context (or the layer re-added after a style swap) has none of our data.
    this.verticesDirty = true;
    this.maskDirty = true;
  }

  onRemove(_map: MaplibreMap, gl: WebGL2RenderingContext): void {
    const resources = this.resources;
    if (resources && !gl.isContextLost()) {
      gl.deleteProgram(resources.program);
      gl.deleteVertexArray(resources.vao);
      gl.deleteBuffer(resources.vertices);
      gl.deleteBuffer(resources.mask);
    }
    this.resources = null;
    this.map = null;
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const resources = this.resources;
    const { marks, view, runs } = this;
    if (!resources || !marks || !view || !runs || marks.count === 0) return;
    this.upload(resources);
    this.frames++;
    const { uniforms: u } = resources;
    gl.useProgram(resources.program);
    gl.bindVertexArray(resources.vao);
    // Marks lie on the ground, all at one height: no depth or stencil test, just blending.
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.STENCIL_TEST);

    // The default projection data's main matrix takes Mercator [0, 1] coordinates (the map
    // is flat Mercator; `modelViewProjectionMatrix` would take world pixels instead).
    gl.uniformMatrix4fv(u.matrix, false, this.translatedMatrix(options.defaultProjectionData.mainMatrix));
    const [fromHi, fromLo] = splitTime(view.from, this.origins.ms);
    const [cursorHi, cursorLo] = splitTime(view.cursor, this.origins.ms);
    gl.uniform2ui(u.from, fromHi, fromLo);
    gl.uniform2ui(u.cursor, cursorHi, cursorLo);
    gl.uniform1f(u.fadeMs, view.fadeMs);
    gl.uniform1f(u.pixelRatio, this.map?.getPixelRatio() ?? 1);
    gl.uniform3fv(u.kindColors, this.kindColors);
    const palette = PALETTES[this.theme];
    gl.uniform3fv(u.outline, hexToUnitRgb(palette.label));

    gl.uniform1i(u.highlight, HIGHLIGHT_NONE);
    for (let t = 0; t < runs.first.length; t++) {
      if (runs.count[t]! > 0) gl.drawArrays(gl.POINTS, runs.first[t]!, runs.count[t]!);
    }
    // The hovered and then the selected event again, larger and ringed, above every other mark.
    this.drawHighlight(gl, u, this.hoveredEvent, HIGHLIGHT_HOVERED, palette.hover);
    this.drawHighlight(gl, u, this.selectedEvent, HIGHLIGHT_SELECTED, palette.selection);
    gl.bindVertexArray(null);
  }

  private drawHighlight(gl: WebGL2RenderingContext, u: Uniforms, event: number, pass: number, color: string): void {
    const { marks, view } = this;
    if (!marks || !view || event < 0 || event >= marks.eventFirstMark.length) return;
    const first = marks.eventFirstMark[event]!;
    // An event's marks share its span and filter result: the first one speaks for all.
    if (first < 0 || markState(marks, first, view, this.mask) === HIDDEN) return;
    gl.uniform1i(u.highlight, pass);
    gl.uniform3fv(u.highlightColor, hexToUnitRgb(color));
    gl.drawArrays(gl.POINTS, first, marks.eventMarkCount[event]!);
  }

  private upload(resources: GlResources): void {
    const { gl } = resources;
    const marks = this.marks!;
    if (this.verticesDirty) {
      this.verticesDirty = false;
      const packed = packVertices(marks, this.origins);
      gl.bindBuffer(gl.ARRAY_BUFFER, resources.vertices);
      gl.bufferData(gl.ARRAY_BUFFER, packed, gl.STATIC_DRAW);
      this.uploadedBytes += packed.byteLength;
    }
    if (this.maskDirty) {
      this.maskDirty = false;
      const packed = packMask(marks, this.mask);
      gl.bindBuffer(gl.ARRAY_BUFFER, resources.mask);
      gl.bufferData(gl.ARRAY_BUFFER, packed, gl.STATIC_DRAW);
      this.uploadedBytes += packed.byteLength;
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
  }

  /** The camera matrix times a translation to the stored positions' origin, in float64. */
  private translatedMatrix(m: ArrayLike<number>): Float32Array {
    const out = this.matrix;
    for (let i = 0; i < 12; i++) out[i] = m[i]!;
    for (let row = 0; row < 4; row++) out[12 + row] = m[row]! * this.origins.x + m[4 + row]! * this.origins.y + m[12 + row]!;
    return out;
  }

  private repaint(): void {
    this.map?.triggerRepaint();
  }
}

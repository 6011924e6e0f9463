// A signature drawn with mouse, pen or finger on a canvas, or the typed name written on it.
import { h } from "../dom.js";

export function signaturePad() {
  const canvas = h("canvas", { width: 360, height: 120, class: "signature", role: "img", "aria-labelledby": "signature-label",
    "aria-describedby": "signature-error" });
  const pen = canvas.getContext("2d");
  pen.lineWidth = 2;
  let drawing = false;
  const point = (event) => {
    const box = canvas.getBoundingClientRect();
    return [(event.clientX - box.left) * (canvas.width / box.width), (event.clientY - box.top) * (canvas.height / box.height)];
  };
  canvas.addEventListener("pointerdown", (event) => { drawing = true; pen.beginPath(); pen.moveTo(...point(event)); });
  canvas.addEventListener("pointermove", (event) => {
    if (!drawing) return;
    pen.lineTo(...point(event));
    pen.stroke();
    canvas.dataset.signed = "1";
  });
  ["pointerup", "pointerleave"].forEach((name) => canvas.addEventListener(name, () => { drawing = false; }));
  return {
    element: canvas,
    signed: () => canvas.dataset.signed === "1",
    toDataURL: () => canvas.toDataURL("image/png"),
    clear: () => { pen.clearRect(0, 0, canvas.width, canvas.height); delete canvas.dataset.signed; },
    // for a signer who cannot draw (keyboard, screen reader): their typed name, written on the pad
    write: (name) => {
      if (!name.trim()) return;
      pen.clearRect(0, 0, canvas.width, canvas.height);
      pen.font = "italic 32px cursive, serif";
      pen.fillText(name.trim(), 12, 72, canvas.width - 24);
      canvas.dataset.signed = "1";
    },
  };
}

/**
 * Face detection: {@link org.evidenceworkbench.detectors.media.faces.FaceDetector} reports one
 * {@code face} finding per face in a picture, found by MediaPipe's full-range BlazeFace model
 * ({@link org.evidenceworkbench.detectors.media.faces.BlazeFace}) run with OpenCV's DNN module.
 * The model comes into the jar at build time from the npm package {@code @mediapipe/face_detection}
 * (Apache-2.0); nothing is downloaded when the detector runs.
 */
package org.evidenceworkbench.detectors.media.faces;
